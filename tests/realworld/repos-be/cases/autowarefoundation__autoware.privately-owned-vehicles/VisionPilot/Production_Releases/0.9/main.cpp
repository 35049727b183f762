stub: upstream file of 44817 bytes
