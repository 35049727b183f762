stub: upstream file of 8353 bytes
