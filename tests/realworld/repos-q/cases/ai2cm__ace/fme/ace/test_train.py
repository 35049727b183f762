stub: upstream file of 46203 bytes
