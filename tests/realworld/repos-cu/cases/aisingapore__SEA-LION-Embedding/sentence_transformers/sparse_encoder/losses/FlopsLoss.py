stub: upstream file of 2893 bytes
