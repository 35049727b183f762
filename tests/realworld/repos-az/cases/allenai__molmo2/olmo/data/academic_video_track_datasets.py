stub: upstream file of 91877 bytes
