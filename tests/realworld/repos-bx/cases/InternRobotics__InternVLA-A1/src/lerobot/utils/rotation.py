stub: upstream file of 9259 bytes
