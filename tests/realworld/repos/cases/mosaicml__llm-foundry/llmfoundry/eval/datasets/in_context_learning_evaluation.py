stub: upstream file of 71703 bytes
