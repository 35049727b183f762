stub: upstream file of 52672 bytes
