stub: upstream file of 13477 bytes
