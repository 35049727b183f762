stub: upstream file of 48273 bytes
