stub: upstream file of 47722 bytes
