stub: upstream file of 24310 bytes
