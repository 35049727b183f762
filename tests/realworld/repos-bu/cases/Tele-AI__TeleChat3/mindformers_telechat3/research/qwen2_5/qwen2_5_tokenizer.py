stub: upstream file of 21673 bytes
