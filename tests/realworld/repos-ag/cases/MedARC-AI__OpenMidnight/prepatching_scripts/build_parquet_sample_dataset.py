stub: upstream file of 18149 bytes
