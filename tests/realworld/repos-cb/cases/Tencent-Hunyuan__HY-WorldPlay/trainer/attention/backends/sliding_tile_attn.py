stub: upstream file of 9672 bytes
