stub: upstream file of 35941 bytes
