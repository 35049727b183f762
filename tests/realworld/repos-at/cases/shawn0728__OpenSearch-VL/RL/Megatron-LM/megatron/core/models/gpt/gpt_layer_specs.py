stub: upstream file of 22747 bytes
