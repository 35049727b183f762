stub: upstream file of 15596 bytes
