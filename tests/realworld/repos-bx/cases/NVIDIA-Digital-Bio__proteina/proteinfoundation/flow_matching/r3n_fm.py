stub: upstream file of 23072 bytes
