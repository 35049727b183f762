stub: upstream file of 13130 bytes
