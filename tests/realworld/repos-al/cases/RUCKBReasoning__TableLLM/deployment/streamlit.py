stub: upstream file of 30175 bytes
