stub: upstream file of 12056 bytes
