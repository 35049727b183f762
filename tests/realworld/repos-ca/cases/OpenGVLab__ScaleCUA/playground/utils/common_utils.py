stub: upstream file of 5440 bytes
