stub: upstream file of 27565 bytes
