stub: upstream file of 17779 bytes
