stub: upstream file of 83624 bytes
