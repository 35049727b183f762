stub: upstream file of 28749 bytes
