stub: upstream file of 13712 bytes
