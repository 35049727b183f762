stub: upstream file of 35917 bytes
