stub: upstream file of 22759 bytes
