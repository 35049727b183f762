stub: upstream file of 5068 bytes
