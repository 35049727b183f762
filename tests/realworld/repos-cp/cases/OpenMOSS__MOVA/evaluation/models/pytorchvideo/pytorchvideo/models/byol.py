stub: upstream file of 4798 bytes
