stub: upstream file of 15606 bytes
