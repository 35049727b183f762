stub: upstream file of 26481 bytes
