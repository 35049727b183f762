stub: upstream file of 75030 bytes
