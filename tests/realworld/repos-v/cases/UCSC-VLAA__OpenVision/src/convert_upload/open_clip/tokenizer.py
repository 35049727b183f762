stub: upstream file of 21609 bytes
