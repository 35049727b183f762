stub: upstream file of 95887 bytes
