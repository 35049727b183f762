stub: upstream file of 45798 bytes
