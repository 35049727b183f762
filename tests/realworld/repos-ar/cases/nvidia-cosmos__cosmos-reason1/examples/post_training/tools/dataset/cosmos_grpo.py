stub: upstream file of 10765 bytes
