stub: upstream file of 47241 bytes
