stub: upstream file of 32746 bytes
