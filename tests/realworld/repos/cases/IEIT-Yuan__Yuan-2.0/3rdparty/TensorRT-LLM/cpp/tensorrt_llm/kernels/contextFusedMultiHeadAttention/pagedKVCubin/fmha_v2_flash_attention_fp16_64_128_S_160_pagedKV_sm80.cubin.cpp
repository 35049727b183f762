stub: upstream file of 978819 bytes
