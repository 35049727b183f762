stub: upstream file of 18587 bytes
