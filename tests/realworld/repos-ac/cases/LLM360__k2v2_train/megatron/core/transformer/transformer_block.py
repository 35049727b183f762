stub: upstream file of 29845 bytes
