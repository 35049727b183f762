stub: upstream file of 29726 bytes
