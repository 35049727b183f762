stub: upstream file of 47169 bytes
