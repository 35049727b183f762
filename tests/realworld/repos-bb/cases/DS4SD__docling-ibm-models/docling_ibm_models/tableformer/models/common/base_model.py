stub: upstream file of 10030 bytes
