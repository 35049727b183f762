stub: upstream file of 10433 bytes
