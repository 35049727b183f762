stub: upstream file of 19835 bytes
