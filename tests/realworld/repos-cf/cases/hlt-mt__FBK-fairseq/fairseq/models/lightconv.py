stub: upstream file of 38606 bytes
