stub: upstream file of 9191 bytes
