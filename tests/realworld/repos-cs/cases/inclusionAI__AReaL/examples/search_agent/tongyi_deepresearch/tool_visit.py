stub: upstream file of 12113 bytes
