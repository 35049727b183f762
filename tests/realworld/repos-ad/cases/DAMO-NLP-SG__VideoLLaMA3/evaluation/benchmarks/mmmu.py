stub: upstream file of 10652 bytes
