stub: upstream file of 858001 bytes
