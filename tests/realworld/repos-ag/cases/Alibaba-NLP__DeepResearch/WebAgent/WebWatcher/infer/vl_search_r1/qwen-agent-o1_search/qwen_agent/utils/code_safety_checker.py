stub: upstream file of 14629 bytes
